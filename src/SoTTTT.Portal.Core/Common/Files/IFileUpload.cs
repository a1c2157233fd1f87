using Mediator;

namespace SoTTTT.Portal.Core.Common.Files;

/// <summary>A message that brings a file into the portal: the host limits how often one user may send it.</summary>
public interface IFileUpload : IBaseCommand;
