# vars() of a module would be its namespace dict (module internals).
import math
vars(math)["pi"] = 3
# expect: TypeError: vars() of a module is not available in the sandbox: use dir() for its names
