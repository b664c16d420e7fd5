using System.Globalization;

namespace WijkSim.Silo.Output;

/// <summary>Formatting shared by the CSV writers: invariant culture and shortest round-trip numbers, so
/// that equal runs give byte-equal files and pandas/R read the numbers back exactly.</summary>
public static class Csv
{
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    public static string Number(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number that may be missing (no interval from one value, no end week for a survivor):
    /// "NA", which pandas and R both read as missing by default.</summary>
    public static string NumberOrNa(double? value) => value is double d && double.IsFinite(d) ? Number(d) : "NA";

    /// <summary>Quotes a text field when it holds a separator, quote or line break (RFC 4180).</summary>
    public static string Text(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(false);

    /// <summary>UTF-8 without BOM and "\n" line ends, so the bytes are the same on every platform.</summary>
    public static StreamWriter Create(string path) => new(path, append: false, Utf8NoBom) { NewLine = "\n" };

    /// <summary>The same format into a stream the caller owns (e.g. an HTTP response buffer).</summary>
    public static StreamWriter Create(Stream stream) => new(stream, Utf8NoBom, leaveOpen: true) { NewLine = "\n" };
}
