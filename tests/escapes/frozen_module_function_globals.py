# The modules written in Python (heapq, bisect) are ordinary sandboxed code:
# their functions' namespaces are refused like a script's own.
import heapq
# expect: AttributeError: '__globals__' is not available in the sandbox
heapq.heappush.__globals__["__builtins__"]
