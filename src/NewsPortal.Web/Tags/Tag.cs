namespace NewsPortal.Web.Tags;

public class Tag
{
    public int Id { get; set; }

    /// <summary>The tag as the newsroom writes it, without the leading '#'.</summary>
    public required string Name { get; set; }
    public required string Slug { get; set; }
}
