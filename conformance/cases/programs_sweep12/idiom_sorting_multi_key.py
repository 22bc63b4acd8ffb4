from operator import attrgetter, itemgetter
from dataclasses import dataclass


@dataclass
class Player:
    name: str
    team: str
    score: int
    age: int


players = [Player("ann", "red", 30, 25), Player("bob", "blue", 30, 31), Player("cy", "red", 45, 22),
           Player("di", "blue", 12, 28), Player("ed", "red", 30, 25), Player("fay", "green", 45, 35)]
print([p.name for p in sorted(players, key=attrgetter("score"), reverse=True)])
print([p.name for p in sorted(players, key=lambda p: (-p.score, p.age, p.name))])
print([p.name for p in sorted(players, key=attrgetter("team", "name"))])
by_team = sorted(players, key=attrgetter("name"))
by_team.sort(key=attrgetter("team"))
print([(p.team, p.name) for p in by_team])
pairs = [(3, "c"), (1, "b"), (3, "a"), (2, "z")]
print(sorted(pairs), sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(0), reverse=True))
print(max(players, key=attrgetter("score")).name, min(players, key=lambda p: (p.age, p.name)).name)
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(set(map(str.lower, words))))
print(sorted(range(-5, 6), key=abs), sorted("hello world", reverse=True)[:3], sorted([[2, 1], [1, 2], [1]]))
nums = [5, 2, 9, 1]
nums.sort()
print(nums, list(reversed(nums)), sorted(nums, key=lambda n: n % 3))
