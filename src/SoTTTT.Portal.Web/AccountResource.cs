namespace SoTTTT.Portal.Web;

/// <summary>
/// Marker for the account pages' texts (sign-in, password, profile) and Identity's error messages.
/// Keys are the Vietnamese texts themselves; Resources/AccountResource.en.resx holds their English.
/// </summary>
public sealed class AccountResource;
