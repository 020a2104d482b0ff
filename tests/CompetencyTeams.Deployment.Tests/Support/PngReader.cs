using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CompetencyTeams.Deployment.Tests.Support;

/// <summary>
/// Reads the PNGs of the Teams package: checks the signature and every chunk CRC, reads IHDR, inflates IDAT with
/// ZLibStream and undoes the scanline filters. Supports 8-bit, non-interlaced grey/grey+alpha/RGB/RGBA.
/// </summary>
public static class PngReader
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static (int Width, int Height, byte BitDepth, byte ColorType) ReadHeader(ReadOnlySpan<byte> png)
    {
        if (!png.StartsWith(Signature))
        {
            throw new InvalidDataException("Not a PNG: bad signature.");
        }

        var ihdr = ReadChunks(png.ToArray()).FirstOrDefault(chunk => chunk.Type == "IHDR");
        if (ihdr.Data is null || ihdr.Data.Length != 13)
        {
            throw new InvalidDataException("PNG without a valid IHDR chunk.");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(ihdr.Data.AsSpan(0)), BinaryPrimitives.ReadInt32BigEndian(ihdr.Data.AsSpan(4)),
            ihdr.Data[8], ihdr.Data[9]);
    }

    public static PngImage Decode(byte[] png)
    {
        var (width, height, bitDepth, colorType) = ReadHeader(png);
        var chunks = ReadChunks(png);
        var interlace = chunks.First(chunk => chunk.Type == "IHDR").Data[12];
        var channels = colorType switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => 0 };
        if (bitDepth != 8 || channels == 0 || interlace != 0)
        {
            throw new InvalidDataException($"Unsupported PNG: bit depth {bitDepth}, colour type {colorType}, interlace {interlace}.");
        }

        var compressed = chunks.Where(chunk => chunk.Type == "IDAT").SelectMany(chunk => chunk.Data).ToArray();
        using var inflater = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var pixels = Unfilter(raw.ToArray(), width, height, channels);
        return new PngImage(width, height, ToRgba(pixels, width * height, channels));
    }

    private static List<(string Type, byte[] Data)> ReadChunks(byte[] png)
    {
        var chunks = new List<(string, byte[])>();
        var offset = Signature.Length;
        while (offset + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            if (length < 0 || offset + 12 + length > png.Length)
            {
                throw new InvalidDataException("PNG chunk runs past the end of the file.");
            }

            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var stored = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            if (Crc32.Compute(png.AsSpan(offset + 4, length + 4)) != stored)
            {
                throw new InvalidDataException($"PNG chunk {type} has a bad CRC.");
            }

            chunks.Add((type, png.AsSpan(offset + 8, length).ToArray()));
            offset += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }

        return chunks;
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        if (raw.Length < height * (stride + 1))
        {
            throw new InvalidDataException("PNG image data is shorter than its header says.");
        }

        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var left = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                var up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                var upLeft = y > 0 && x >= channels ? pixels[((y - 1) * stride) + x - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Bad PNG filter type {filter} on line {y}."),
                };
                pixels[(y * stride) + x] = (byte)(raw[(y * (stride + 1)) + 1 + x] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] pixels, int count, int channels)
    {
        var rgba = new byte[count * 4];
        for (var i = 0; i < count; i++)
        {
            var p = pixels.AsSpan(i * channels, channels);
            (byte r, byte g, byte b, byte a) = channels switch
            {
                1 => (p[0], p[0], p[0], (byte)255),
                2 => (p[0], p[0], p[0], p[1]),
                3 => (p[0], p[1], p[2], (byte)255),
                _ => (p[0], p[1], p[2], p[3]),
            };
            rgba[i * 4] = r;
            rgba[(i * 4) + 1] = g;
            rgba[(i * 4) + 2] = b;
            rgba[(i * 4) + 3] = a;
        }

        return rgba;
    }
}
