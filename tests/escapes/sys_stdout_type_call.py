# The stream type cannot make new streams (onto other file descriptors).
# expect: TypeError: cannot create '_io.TextIOWrapper' instances
import sys
type(sys.stdout)(1)
