# A file descriptor number is a handle on the host process.
# expect: AttributeError: 'sys.stderr.fileno' is not available in the sandbox
import sys
fd = sys.stderr.fileno()
