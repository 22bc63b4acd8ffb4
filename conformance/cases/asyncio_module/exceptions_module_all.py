# asyncio.exceptions lists its public names in __all__, in CPython's order.
import asyncio
import asyncio.exceptions as ae

print(ae.__all__)
print(all(getattr(asyncio, name) is getattr(ae, name) for name in ae.__all__))
err = ae.IncompleteReadError(b"ab", None)
print(err, err.partial, err.expected, err.__reduce__()[1])
err = ae.LimitOverrunError("too long", 7)
print(err, err.consumed, err.__reduce__()[1])
