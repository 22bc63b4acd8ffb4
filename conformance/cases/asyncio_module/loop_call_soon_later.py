import asyncio

loop = asyncio.new_event_loop()
events = []
loop.call_later(0.03, events.append, "later 0.03")
loop.call_later(0.01, events.append, "later 0.01")
loop.call_soon(events.append, "soon 1")
h = loop.call_soon(events.append, "soon cancelled")
loop.call_soon(events.append, "soon 2")
h.cancel()
print(h.cancelled())
t = loop.call_at(loop.time() + 0.02, events.append, "at 0.02")
print(type(t).__name__, t.when() > loop.time())
loop.call_later(0.05, loop.stop)
loop.run_forever()
print(events)
loop.close()
