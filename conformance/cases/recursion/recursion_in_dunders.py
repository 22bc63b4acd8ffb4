class Bad:
    def __getattr__(self, name):
        return self.missing_attr
try:
    Bad().x
except RecursionError as e: print("RecursionError", e)
def f(n): return f(n + 1)
try: f(0)
except RecursionError as e: print("RecursionError", e)
except RecursionError as e: print("RecursionError", e)
class E:
    def __eq__(self, o): return self == o
try: E() == 1
except RecursionError as e: print("RecursionError", e)
class Prop:
    @property
    def p(self): return self.p
try: Prop().p
except RecursionError as e: print("RecursionError", e)
class Init:
    def __init__(self): Init()
try: Init()
except RecursionError as e: print("RecursionError", e)
l = []
for i in range(100000): l = [l]
try: print(len(str(l)))
except RecursionError as e: print("RecursionError", e)
