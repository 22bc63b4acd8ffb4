# The module's public names and its types' names.
import weakref

print(weakref.__all__)
print(weakref.ref, weakref.ProxyType, weakref.CallableProxyType)
print(weakref.ReferenceType.__name__, weakref.ReferenceType.__module__,
      weakref.ProxyType.__name__)
print(weakref.ProxyTypes)
print(weakref.WeakSet.__module__, weakref.WeakValueDictionary.__module__)
print(issubclass(weakref.KeyedRef, weakref.ReferenceType), weakref.KeyedRef.__name__)
print(issubclass(weakref.WeakMethod, weakref.ref))
import collections.abc
print(isinstance(weakref.WeakValueDictionary(), collections.abc.MutableMapping),
      isinstance(weakref.WeakSet(), collections.abc.MutableSet))
