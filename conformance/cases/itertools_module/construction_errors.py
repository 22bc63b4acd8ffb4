# Arguments are checked when the object is made, before the first next().
import itertools as it


def attempt(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


class Unhashable:
    __hash__ = None

for name in ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
             "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
             "permutations", "product", "repeat", "starmap", "takewhile", "zip_longest", "tee"]:
    fn = getattr(it, name)
    attempt(f"{name}()", fn)
    attempt(f"{name}(1)", fn, 1)
    attempt(f"{name}([], 1, 2, 3, 4)", fn, [], 1, 2, 3, 4)
    attempt(f"{name}(x=1)", fn, x=1)
    attempt(f"{name}([], x=1)", fn, [], x=1)
    attempt(f"{name}(None, None)", fn, None, None)

attempt("islice(-1)", it.islice, [], -1)
attempt("islice(1.5)", it.islice, [], 1.5)
attempt("islice(0,-1)", it.islice, [], 0, -1)
attempt("islice step 0", it.islice, [], 0, 5, 0)
attempt("islice step -1", it.islice, [], 0, 5, -1)
attempt("islice step 'a'", it.islice, [], 0, 5, "a")
attempt("islice huge", it.islice, [], 2**70)
attempt("islice start None", it.islice, [], None, None, None)
attempt("islice noniterable valid", it.islice, 5, 1)
attempt("islice noniterable invalid", it.islice, 5, -1)
attempt("combinations r=-1", it.combinations, [], -1)
attempt("combinations r=1.0", it.combinations, [], 1.0)
attempt("combinations r kw", it.combinations, iterable=[1], r=1)
attempt("permutations r=-1", it.permutations, [], -1)
attempt("permutations r='a'", it.permutations, [], "a")
attempt("permutations r kw", it.permutations, [1], r=None)
attempt("cwr r=-2", it.combinations_with_replacement, "ab", -2)
attempt("product repeat -1", it.product, [1], repeat=-1)
attempt("product repeat 1.5", it.product, [1], repeat=1.5)
attempt("product repeat, bad kw", it.product, [1], repeat=1, other=2)
attempt("product noniterable", it.product, [1], 5)
attempt("repeat times -5", it.repeat, "x", -5)
attempt("repeat times 1.5", it.repeat, "x", 1.5)
attempt("repeat kw", it.repeat, object="x", times=2)
attempt("count 'a'", it.count, "a")
attempt("count step 'a'", it.count, 1, "a")
attempt("count kw", it.count, start=1, step=2)
attempt("tee n=-1", it.tee, [], -1)
attempt("tee n=1.5", it.tee, [], 1.5)
attempt("tee noniterable", it.tee, 5)
attempt("zip_longest fillvalue", it.zip_longest, [1], fillvalue=0)
attempt("zip_longest noniterable", it.zip_longest, [1], 5)
attempt("accumulate initial", it.accumulate, [1], initial=5)
attempt("accumulate func kw", it.accumulate, [1], func=max)
attempt("accumulate noniterable", it.accumulate, 5)
attempt("groupby key kw", it.groupby, [1], key=abs)
attempt("groupby noniterable", it.groupby, 5)
attempt("compress kw", it.compress, data=[1], selectors=[1])
attempt("compress noniterable sel", it.compress, [1], 5)
attempt("starmap noniterable", it.starmap, len, 5)
attempt("chain.from_iterable", it.chain.from_iterable, 5)
attempt("chain noniterable", it.chain, 5)
attempt("cycle noniterable", it.cycle, 5)
attempt("pairwise noniterable", it.pairwise, 5)
attempt("dropwhile noniterable", it.dropwhile, bool, 5)
attempt("filterfalse noniterable", it.filterfalse, None, 5)
attempt("_tee()", it._tee)
attempt("_tee(5)", it._tee, 5)
attempt("_grouper()", it._grouper)
attempt("_grouper(1, 2)", it._grouper, 1, 2)
