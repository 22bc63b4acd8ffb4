# A frozen module's namespace stays closed even though io lists withheld
# names (which makes the module's own dunder entries public); __loader__
# and __spec__ are None on every moat module.
import io
print(hasattr(io, "__builtins__"), hasattr(io, "__loader__"), hasattr(io, "__spec__"))
# expect-output: False True True
# expect: AttributeError: '__dict__' is not available in the sandbox
io.__dict__
