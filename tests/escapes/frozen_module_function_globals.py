# The modules written in Python (heapq, bisect) are ordinary sandboxed code:
# their functions' namespaces are refused like a script's own. (heappush and
# the other functions CPython has in C are built-in stand-ins with no
# __globals__ at all: builtin_standin_marker.py.)
import heapq
# expect: AttributeError: '__globals__' is not available in the sandbox
heapq.nsmallest.__globals__["__builtins__"]
