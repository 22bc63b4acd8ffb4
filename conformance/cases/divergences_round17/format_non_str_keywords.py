# A str's bound format gets the **mapping as it is and looks names up in it,
# so a key that is not a str is never found and never refused. Most other
# callees refuse it: the keywords are unpacked for their call first.
import collections


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except TypeError as e:
        print(label, "-> TypeError:", e)
    except (IndexError, KeyError) as e:
        print(label, "->", type(e).__name__, e)


K = {1: 2}
show("'a'.format(**{1: 2})", lambda: 'a'.format(**K))
show("'{0}'.format(1, **{2: 3})", lambda: '{0}'.format(1, **{2: 3}))
show("'{x}'.format(**{'x': 1, 3: 4})", lambda: '{x}'.format(**{'x': 1, 3: 4}))
show("'{1}'.format(**{1: 2})", lambda: '{1}'.format(**K))
show("'{y}'.format(**{1: 2})", lambda: '{y}'.format(**K))
show("'{x}{0}'.format(*[1], x=5, **{(1,): 2})", lambda: '{x}{0}'.format(*[1], x=5, **{(1,): 2}))
f = '-{a}-'.format
show("bound format kept", lambda: f(**{'a': 'A', None: 0}))
show("the dict is unchanged", lambda: ("{0}".format(0, **K), K))
show("'a'.format_map({1: 2})", lambda: 'a'.format_map({1: 2}))
show("'a'.format_map(**{1: 2})", lambda: 'a'.format_map(**K))
show("str.format('a', **{1: 2})", lambda: str.format('a', **K))
show("b'a'.count(b'a', **{1: 2})", lambda: b'a'.count(b'a', **K))
show("dir(**{1: 2})", lambda: dir(**K))
show("vars(**{1: 2})", lambda: vars(**K))
show("dir(x=1)", lambda: dir(x=1))
show("vars(x=1)", lambda: vars(x=1))


def d_update():
    d = {}
    d.update(**K)
    return d


show("dict(**{1: 2})", lambda: dict(**K))
show("{}.update(**{1: 2})", d_update)
show("defaultdict(None, **{1: 2})", lambda: collections.defaultdict(None, **K))
show("Counter(**{1: 2})", lambda: collections.Counter(**K))
show("max(1, 2, **{1: 2})", lambda: max(1, 2, **K))
show("print(**{1: 2})", lambda: print(**K))
show("sorted([], **{1: 2})", lambda: sorted([], **K))
show("int(**{1: 2})", lambda: int(**K))
show("str(**{1: 2})", lambda: str(**K))
show("object(**{1: 2})", lambda: object(**K))
show("ValueError(**{1: 2})", lambda: ValueError(**K))
show("slice(**{1: 2})", lambda: slice(**K))


def kw(**kwargs):
    return kwargs


class C:
    def m(self, **kwargs):
        return kwargs


show("kw(**{1: 2})", lambda: kw(**K))
show("C().m(**{1: 2})", lambda: C().m(**K))
show("C(**{1: 2})", lambda: C(**K))
show("'{x}'.format(x=1, **{'x': 2})", lambda: '{x}'.format(x=1, **{'x': 2}))
