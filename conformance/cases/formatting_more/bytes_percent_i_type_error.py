# bytes formatting reads %i as %d in its type error.
for fmt in [b'%i', b'%d', b'%u', '%i']:
    try:
        print(fmt % 'a')
    except TypeError as e:
        print(repr(fmt), 'TypeError:', e)
