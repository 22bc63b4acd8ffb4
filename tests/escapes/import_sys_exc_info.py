# sys.exc_info() hands out tracebacks; sys is not importable.
# expect: ImportError: module 'sys' is not available in the sandbox
import sys
sys.exc_info()
