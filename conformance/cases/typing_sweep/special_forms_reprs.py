# Reprs of typing's special forms and plain aliases.
import typing
for name in ["Any", "NoReturn", "Never", "Self", "ClassVar", "Final", "Union", "Optional",
             "Literal", "TypeAlias", "List", "Dict", "Tuple", "Callable", "Type",
             "Iterable", "Sequence", "Mapping", "Set", "FrozenSet", "DefaultDict", "Generic",
             "Protocol"]:
    print(name, repr(getattr(typing, name)))
