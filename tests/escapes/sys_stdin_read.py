# Reading input is refused, as input() is.
# expect: AttributeError: 'sys.stdin' is not available in the sandbox
import sys
sys.stdin.read()
