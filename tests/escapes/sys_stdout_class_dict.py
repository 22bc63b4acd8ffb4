# Walking from the stream object to its type's internals.
# expect: AttributeError: '__dict__' is not available in the sandbox
import sys
sys.stdout.__class__.__dict__['write']
