using SoTTTT.Portal.Infrastructure.Pdf;

namespace SoTTTT.Portal.IntegrationTests.Pdf;

public sealed class PortalFontResolverTests
{
    private static bool IsTrueType(byte[] font) => font.Length > 1000 && font[0] == 0 && font[1] == 1 && font[2] == 0 && font[3] == 0;

    [Theory]
    [InlineData("Times New Roman")]
    [InlineData("Liberation Serif")]
    public void Without_a_font_folder_both_family_names_resolve_to_the_bundled_Liberation_Serif(string family)
    {
        var resolver = new PortalFontResolver();

        Assert.False(resolver.UsesTimesNewRoman);
        Assert.Equal("LiberationSerif-Regular", resolver.ResolveTypeface(family, false, false).FaceName);
        Assert.Equal("LiberationSerif-Bold", resolver.ResolveTypeface(family, true, false).FaceName);
        Assert.Equal("LiberationSerif-Italic", resolver.ResolveTypeface(family, false, true).FaceName);
        Assert.Equal("LiberationSerif-BoldItalic", resolver.ResolveTypeface(family, true, true).FaceName);
        foreach (var face in new[] { "Regular", "Bold", "Italic", "BoldItalic" })
            Assert.True(IsTrueType(resolver.GetFont("LiberationSerif-" + face)));
    }

    [Fact]
    public void A_folder_with_all_four_Times_New_Roman_faces_is_used_instead()
    {
        var folder = Directory.CreateTempSubdirectory("times-").FullName;
        try
        {
            var bundled = new PortalFontResolver();
            var files = new[] { ("times.ttf", "Regular"), ("timesbd.ttf", "Bold"), ("timesi.ttf", "Italic"), ("timesbi.ttf", "BoldItalic") };
            foreach (var (file, face) in files)
                File.WriteAllBytes(Path.Combine(folder, file), bundled.GetFont("LiberationSerif-" + face));

            var resolver = new PortalFontResolver(folder);

            Assert.True(resolver.UsesTimesNewRoman);
            Assert.Equal("TimesNewRoman-BoldItalic", resolver.ResolveTypeface("Times New Roman", true, true).FaceName);
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "timesbd.ttf")), resolver.GetFont("TimesNewRoman-Bold"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_folder_missing_a_face_falls_back_to_the_bundled_fonts()
    {
        var folder = Directory.CreateTempSubdirectory("times-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "times.ttf"), new PortalFontResolver().GetFont("LiberationSerif-Regular"));

            Assert.False(new PortalFontResolver(folder).UsesTimesNewRoman);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
