# A module's namespace is reachable only name by name: no __dict__, no
# __builtins__ through it, and its helpers' code objects stay refused.
import bisect
for attack in [lambda: bisect.__dict__, lambda: bisect.__builtins__,
               lambda: bisect._convert_bounds.__code__, lambda: bisect.bisect_left.__closure__]:
    try:
        attack()
    except AttributeError as e:
        print(e)
# expect-output: '__dict__' is not available in the sandbox
# expect-output: '__builtins__' is not available in the sandbox
# expect-output: '__code__' is not available in the sandbox
# expect-output: '__closure__' is not available in the sandbox
