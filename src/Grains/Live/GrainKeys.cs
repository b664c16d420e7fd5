namespace WijkSim.Grains.Live;

/// <summary>Keys of the grains of one session: "session/index".</summary>
public static class GrainKeys
{
    public static string Of(string session, int index) => $"{session}/{index}";

    public static (string Session, int Index) Parse(string key)
    {
        int slash = key.LastIndexOf('/');
        return (key[..slash], int.Parse(key[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
