# object.__new__(type) would build a class object with the wrong layout.
# expect: TypeError: object.__new__(type) is not safe, use type.__new__()
object.__new__(type)
