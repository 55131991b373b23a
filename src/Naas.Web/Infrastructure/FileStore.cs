namespace Naas.Web.Infrastructure;

/// <summary>Where uploaded files live (scenario media, captions; later written work and recordings). The
/// database keeps only keys, so the store can move to object storage without touching features.</summary>
public interface IFileStore
{
    Task SaveAsync(string key, Stream content, CancellationToken ct);

    /// <summary>The file, or null if there is none under that key.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken ct);

    /// <summary>Writes a part of a file being uploaded in parts, at <paramref name="offset"/>, discarding anything
    /// after it first (what an interrupted part left behind); copies at most <paramref name="count"/> bytes and
    /// returns how many it copied. Throws <see cref="IOException"/> while another part is being written.</summary>
    Task<long> WriteAtAsync(string key, long offset, Stream content, long count, CancellationToken ct);

    /// <summary>Deletes the file if it is there.</summary>
    Task DeleteAsync(string key, CancellationToken ct);
}

/// <summary>The embedded default: files under a folder (Storage:Path). Keys are made by the service, never by users,
/// and are checked so that no key can reach outside the folder.</summary>
public sealed class FolderFileStore(string root) : IFileStore
{
    private readonly string root = Path.GetFullPath(root);

    private string PathOf(string key)
    {
        if (
            key.Length == 0
            || key.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '/'))
            || key.Contains("..")
        )
            throw new ArgumentException($"Not a file key: {key}", nameof(key));
        var path = Path.GetFullPath(Path.Combine(root, key));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"Not a file key: {key}", nameof(key));
        return path;
    }

    public async Task SaveAsync(string key, Stream content, CancellationToken ct)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".part";
        await using (var file = File.Create(temp))
            await content.CopyToAsync(file, ct);
        File.Move(temp, path, overwrite: true); // readers never see half a file
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    public async Task<long> WriteAtAsync(string key, long offset, Stream content, long count, CancellationToken ct)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // FileShare.None: a second part racing for the same file fails to open rather than interleaving its bytes.
        await using var file = new FileStream(
            path,
            FileMode.OpenOrCreate,
            FileAccess.ReadWrite,
            FileShare.None,
            bufferSize: 81920,
            useAsync: true
        );
        file.SetLength(Math.Min(file.Length, offset));
        if (file.Length != offset)
            throw new IOException($"The file is {file.Length} bytes long, short of {offset}");
        file.Position = offset;
        var buffer = new byte[81920];
        long copied = 0;
        while (copied < count)
        {
            var read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count - copied)), ct);
            if (read == 0)
                break;
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
            copied += read;
        }
        // On the disk before the service says the part is received.
        file.Flush(flushToDisk: true);
        return copied;
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        if (File.Exists(path))
            File.Delete(path);
        return Task.CompletedTask;
    }
}
