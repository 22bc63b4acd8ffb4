import copy, collections, decimal, struct
d = collections.defaultdict(list, a=[1]); print(copy.copy(d), copy.deepcopy(d))
c = decimal.getcontext(); c2 = copy.copy(c); print(c2.prec, copy.deepcopy(c).prec)
class D(collections.defaultdict): pass
x = D(int); x.foo = 3; print(x.foo, x.__dict__, x.default_factory)
print(collections.defaultdict.default_factory, hasattr(collections.defaultdict, '__slots__'))
print(struct.Struct('i').size, list(struct.iter_unpack('<i', b'\x01\x00\x00\x00')))
print('default_factory' in dir(collections.defaultdict()))
