namespace Naas.Web.Infrastructure;

/// <summary>Where uploaded files live (scenario media, captions; later written work and recordings). The
/// database keeps only keys, so the store can move to object storage without touching features.</summary>
public interface IFileStore
{
    Task SaveAsync(string key, Stream content, CancellationToken ct);

    /// <summary>The file, or null if there is none under that key.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken ct);
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
}
