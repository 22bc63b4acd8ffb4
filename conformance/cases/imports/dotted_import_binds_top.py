# `import a.b` binds the top-level package; the submodule becomes its attribute.
import collections.abc
print(collections.abc.__name__)
print(collections.OrderedDict.__name__)
print(collections.abc.Mapping.__name__)
print(isinstance({}, collections.abc.Mapping))
