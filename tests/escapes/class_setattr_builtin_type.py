# Built-in types are shared by every interpreter: they must stay immutable.
# expect: TypeError: cannot set 'x' attribute of immutable type 'int'
setattr(int, "x", 1)
