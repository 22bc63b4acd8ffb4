class Rec:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        if name.startswith('_'): raise AttributeError(name)
        self.log.append(("get", name))
        return name.upper()
    def __setattr__(self, name, v):
        self.log.append(("set", name))
        object.__setattr__(self, name, v)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Rec()
print(r.foo)
r.a = 1
print(r.a)
del r.a
print(r.a)
try: del r.zz
except AttributeError as e: print(e)
print(r.log)
print(getattr(r, 'q', None), hasattr(r, '_p'), getattr(r, '_p', 'dflt'))
class GA:
    def __getattribute__(self, name):
        if name == 'secret': raise AttributeError("no secret")
        if name == 'boom': raise KeyError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
g = GA()
print(g.secret, g.other)
try: g.boom
except KeyError as e: print("KeyError", e)
print(hasattr(g, 'secret'))
try: hasattr(g, 'boom')
except KeyError as e: print("KeyError", e)
class Plain: pass
p = Plain()
try: p.missing
except AttributeError as e: print(e)
try: Plain.missing
except AttributeError as e: print(e)
try: del p.missing
except AttributeError as e: print(e)
try: getattr(p, 1)
except TypeError as e: print(e)
try: setattr(p, 1, 2)
except TypeError as e: print(e)
try: (1).foo
except AttributeError as e: print(e)
try: (1).foo = 2
except AttributeError as e: print(e)
try: "s".upper = 3
except AttributeError as e: print(e)
try: object().x = 1
except AttributeError as e: print(e)
try: del (1).real
except AttributeError as e: print(e)
try: [].append.foo
except AttributeError as e: print(e)
try: None.foo
except AttributeError as e: print(e)
try: int.foo
except AttributeError as e: print(e)
class Sl:
    __slots__ = ('a',)
s = Sl()
try: s.b = 1
except AttributeError as e: print(e)
try: s.a
except AttributeError as e: print(e)
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, n): return getattr(self._t, n)
pr = Proxy([3,1,2])
pr.sort(); print(pr._t, pr.count(1))
try: pr.nope
except AttributeError as e: print(e)
try: len(pr)
except TypeError as e: print(e)
