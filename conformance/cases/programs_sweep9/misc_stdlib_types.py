from types import SimpleNamespace, MappingProxyType
import reprlib, queue, itertools, contextlib
ns = SimpleNamespace(a=1, b=[2])
ns.c = "x"
print(ns, ns == SimpleNamespace(a=1, b=[2], c="x"), vars(ns), SimpleNamespace(), repr(SimpleNamespace(z=SimpleNamespace())))
mp = MappingProxyType({"k": 1})
print(mp, mp["k"], len(mp), list(mp.items()), mp.get("z", 0), "k" in mp, mp.copy())
try:
    mp["k"] = 2
except TypeError as e:
    print(e)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(3))))
r = reprlib.Repr(); r.maxlist = 2; print(r.repr([1, 2, 3, [4, 5, 6]]))
q = queue.Queue(); [q.put(i) for i in range(3)]; print(q.get(), q.qsize(), q.empty(), q.full())
lq = queue.LifoQueue(); lq.put("a"); lq.put("b"); print(lq.get())
pq = queue.PriorityQueue(); [pq.put(x) for x in [(3, "c"), (1, "a"), (2, "b")]]; print([pq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty")
fq = queue.Queue(maxsize=1); fq.put(1)
try:
    fq.put_nowait(2)
except queue.Full:
    print("Full")
a, b = itertools.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
class Timer(contextlib.ContextDecorator):
    def __enter__(self): print("start"); return self
    def __exit__(self, *e): print("stop"); return False
@Timer()
def work(x): print("working", x); return x * 2
print(work(5))
@contextlib.contextmanager
def managed():
    print("enter"); yield; print("exit")
@managed()
def task(): print("task body")
task(); task()
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: print("pushed exit", exc[0]) or True)
    raise KeyError("suppressed by push")
print("after stack")
