using System.Buffers.Binary;
using System.Text;

namespace Modular.Tests.Roster;

/// <summary>
/// Writes the smallest real Excel 97–2003 (.xls) workbook: one sheet of text cells in BIFF8 records (BOF, CODEPAGE,
/// BOUNDSHEET, SST, LABELSST, EOF) inside an OLE2 compound file (header, one FAT sector, one directory sector, the
/// "Workbook" stream). Nothing on this machine writes .xls, and the importer must read what older offices still save.
/// </summary>
internal static class XlsWorkbook
{
    private const int Sector = 512;
    private const uint EndOfChain = 0xFFFFFFFE, FreeSector = 0xFFFFFFFF, FatSector = 0xFFFFFFFD, NoStream = 0xFFFFFFFF;

    public static byte[] Write(IReadOnlyList<IReadOnlyList<string>> rows) => Compound(Biff(rows));

    private static byte[] Biff(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var strings = rows.SelectMany(r => r).Distinct().ToList();
        var index = strings.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);

        var sst = new MemoryStream();
        Write32(sst, (uint)rows.Sum(r => r.Count));
        Write32(sst, (uint)strings.Count);
        foreach (var s in strings)
        {
            Write16(sst, (ushort)s.Length);
            sst.WriteByte(0x01); // UTF-16LE characters
            sst.Write(Encoding.Unicode.GetBytes(s));
        }
        if (sst.Length > 8224) throw new ArgumentException("Too many strings for one SST record: this writer is for small test files.");

        var globals = new MemoryStream();
        Record(globals, 0x0809, Bof(0x0005));
        Record(globals, 0x0042, [0xB0, 0x04]); // CODEPAGE 1200: UTF-16
        var boundSheetAt = globals.Length;
        Record(globals, 0x0085, [0, 0, 0, 0, 0, 0, 6, 0, .. "Sheet1"u8]); // its offset is filled in below
        Record(globals, 0x00FC, sst.ToArray());
        Record(globals, 0x000A, []);

        var sheet = new MemoryStream();
        Record(sheet, 0x0809, Bof(0x0010));
        var dimensions = new byte[14];
        BinaryPrimitives.WriteUInt32LittleEndian(dimensions.AsSpan(4), (uint)rows.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(dimensions.AsSpan(10), (ushort)rows.Max(r => r.Count));
        Record(sheet, 0x0200, dimensions);
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c].Length == 0) continue;
                var cell = new byte[10];
                BinaryPrimitives.WriteUInt16LittleEndian(cell, (ushort)r);
                BinaryPrimitives.WriteUInt16LittleEndian(cell.AsSpan(2), (ushort)c);
                BinaryPrimitives.WriteUInt32LittleEndian(cell.AsSpan(6), (uint)index[rows[r][c]]);
                Record(sheet, 0x00FD, cell); // LABELSST
            }
        Record(sheet, 0x000A, []);

        var stream = globals.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(stream.AsSpan((int)boundSheetAt + 4), (uint)stream.Length); // the sheet's BOF follows the globals
        return [.. stream, .. sheet.ToArray()];
    }

    private static byte[] Bof(ushort kind)
    {
        var bof = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(bof, 0x0600); // BIFF8
        BinaryPrimitives.WriteUInt16LittleEndian(bof.AsSpan(2), kind);
        BinaryPrimitives.WriteUInt16LittleEndian(bof.AsSpan(4), 0x0DBB);
        BinaryPrimitives.WriteUInt16LittleEndian(bof.AsSpan(6), 0x07CC);
        return bof;
    }

    private static void Record(Stream to, ushort type, byte[] data)
    {
        Write16(to, type);
        Write16(to, (ushort)data.Length);
        to.Write(data);
    }

    /// <summary>The stream in whole sectors after a FAT sector and a directory sector; at least 4096 bytes, so no mini stream.</summary>
    private static byte[] Compound(byte[] workbook)
    {
        var size = Math.Max(workbook.Length, 4096);
        var sectors = (size + Sector - 1) / Sector;
        if (sectors + 2 > Sector / 4) throw new ArgumentException("Too large for one FAT sector: this writer is for small test files.");
        var file = new byte[Sector * (3 + sectors)];

        var header = file.AsSpan(0, Sector);
        ((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 0x0003);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9); // 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6); // 64-byte mini sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1); // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1); // the directory is sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[76..], 0); // the FAT is sector 0
        for (var i = 1; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + 4 * i)..], FreeSector);

        var fat = file.AsSpan(Sector, Sector);
        for (var i = 0; i < Sector / 4; i++) BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * i)..], FreeSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], EndOfChain);
        for (var i = 0; i < sectors; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * (2 + i))..], i == sectors - 1 ? EndOfChain : (uint)(3 + i));

        var directory = file.AsSpan(2 * Sector, Sector);
        Entry(directory[..128], "Root Entry", type: 5, child: 1, start: EndOfChain, size: 0);
        Entry(directory[128..256], "Workbook", type: 2, child: NoStream, start: 2, size: (uint)size);
        for (var i = 2; i < 4; i++) Entry(directory[(128 * i)..(128 * (i + 1))], "", type: 0, child: NoStream, start: 0, size: 0);

        workbook.CopyTo(file.AsSpan(3 * Sector));
        return file;
    }

    private static void Entry(Span<byte> entry, string name, byte type, uint child, uint start, uint size)
    {
        Encoding.Unicode.GetBytes(name).CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(name.Length == 0 ? 0 : (name.Length + 1) * 2));
        entry[66] = type;
        entry[67] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], NoStream);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], NoStream);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[120..], size);
    }

    private static void Write16(Stream to, ushort value) { Span<byte> b = stackalloc byte[2]; BinaryPrimitives.WriteUInt16LittleEndian(b, value); to.Write(b); }

    private static void Write32(Stream to, uint value) { Span<byte> b = stackalloc byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(b, value); to.Write(b); }
}
