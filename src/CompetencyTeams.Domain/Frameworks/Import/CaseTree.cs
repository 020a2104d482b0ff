namespace CompetencyTeams.Domain.Frameworks.Import;

/// <summary>The isChildOf hierarchy of a CASE package, children in sequence order, with each item's index for error paths.</summary>
internal sealed class CaseTree
{
    private readonly Dictionary<string, List<(int Sequence, Node Node)>> _children = new(StringComparer.Ordinal);

    public CaseTree(CasePackage package)
    {
        RejectNullItems(package);
        var items = new Dictionary<string, Node>(StringComparer.Ordinal);
        for (var i = 0; i < package.Items.Count; i++)
        {
            if (!items.TryAdd(package.Items[i].Identifier, new Node(package.Items[i], i)))
            {
                throw new FrameworkImportException($"identifier {package.Items[i].Identifier} is used twice", null, $"CFItems[{i}].identifier");
            }
        }

        var hasParent = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < package.Associations.Count; a++)
        {
            var association = package.Associations[a];
            if (!string.Equals(association.AssociationType, CaseJsonExport.ChildOf, StringComparison.Ordinal))
            {
                continue;
            }

            var field = $"CFAssociations[{a}]";
            if (!items.TryGetValue(association.OriginNode.Identifier, out var child))
            {
                throw new FrameworkImportException($"origin {association.OriginNode.Identifier} is not a CFItem of the package", null, field + ".originNodeURI");
            }

            var parent = association.DestinationNode.Identifier;
            if (!items.ContainsKey(parent) && !string.Equals(parent, package.Document.Identifier, StringComparison.Ordinal))
            {
                throw new FrameworkImportException($"destination {parent} is neither a CFItem nor the CFDocument", null, field + ".destinationNodeURI");
            }

            if (!hasParent.Add(child.Item.Identifier))
            {
                throw new FrameworkImportException($"item {child.Item.HumanCodingScheme} has two parents", null, field);
            }

            if (!_children.TryGetValue(parent, out var list))
            {
                _children[parent] = list = [];
            }

            list.Add((association.SequenceNumber ?? int.MaxValue, child));
        }

        var orphan = items.Values.FirstOrDefault(n => !hasParent.Contains(n.Item.Identifier));
        if (orphan is not null)
        {
            throw new FrameworkImportException($"item {orphan.Item.HumanCodingScheme ?? orphan.Item.Identifier} has no isChildOf association", null, $"CFItems[{orphan.Index}]");
        }
    }

    // JSON arrays may hold null entries ([null]): the deserializer lets them through, so they are refused here.
    private static void RejectNullItems(CasePackage package)
    {
        var item = package.Items.ToList().FindIndex(i => i is null);
        if (item >= 0)
        {
            throw new FrameworkImportException("an item must not be null", null, $"CFItems[{item}]");
        }

        var association = package.Associations.ToList().FindIndex(a => a is null);
        if (association >= 0)
        {
            throw new FrameworkImportException("an association must not be null", null, $"CFAssociations[{association}]");
        }
    }

    public IReadOnlyList<Node> ChildrenOf(string identifier) =>
        _children.TryGetValue(identifier, out var list) ? [.. list.OrderBy(c => c.Sequence).ThenBy(c => c.Node.Index).Select(c => c.Node)] : [];

    public sealed record Node(CaseItem Item, int Index);
}
