import heapq
import itertools


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.now = 0
        self.cancelled = set()

    def at(self, when, name, action, *args):
        eid = next(self.counter)
        heapq.heappush(self.queue, (when, eid, name, action, args))
        return eid

    def cancel(self, eid):
        self.cancelled.add(eid)

    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            when, eid, name, action, args = heapq.heappop(self.queue)
            if eid in self.cancelled:
                print(f"t={when:>3} skip {name}")
                continue
            self.now = when
            action(self, *args)


def say(s, text):
    print(f"t={s.now:>3} {text}")


def repeat(s, text, every, times):
    say(s, f"{text} ({times} left)")
    if times > 1:
        s.at(s.now + every, "repeat", repeat, text, every, times - 1)


s = Scheduler()
s.at(5, "hello", say, "hello")
s.at(1, "tick", repeat, "tick", 4, 3)
e = s.at(7, "never", say, "should not run")
s.at(7, "same time", say, "same time, scheduled later")
s.cancel(e)
s.at(50, "late", say, "after the horizon")
s.run(until=20)
print("pending:", [(w, n) for w, _, n, _, _ in sorted(s.queue)])
