# object.__new__ on a built-in type would make uninitialised instances.
# expect: TypeError: object.__new__(int) is not safe, use int.__new__()
object.__new__(int)
