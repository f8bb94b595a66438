using System.Globalization;

namespace Corroborate.Extraction;

/// <summary>A point on the globe in decimal degrees (WGS 84), as the gazetteer's <c>coordinates</c> columns write it.</summary>
public sealed record GeoPoint(double Latitude, double Longitude)
{
    /// <summary>Reads <c>lat,lon</c>; null when the cell is empty or not two numbers within range.</summary>
    public static GeoPoint? Parse(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        var comma = cell.IndexOf(',');
        if (comma < 0
            || !double.TryParse(cell.AsSpan(0, comma), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(cell.AsSpan(comma + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            return null;
        }

        return new GeoPoint(lat, lon);
    }
}
