# operator.methodcaller names a method the same way: a dunder method that
# would reach interpreter internals is refused, as obj.__reduce_ex__ is.
import operator
reduce_ex = operator.methodcaller("__reduce_ex__", 2)
# expect: TypeError: object.__reduce_ex__() is not available in the sandbox
reduce_ex(lambda: 0)
