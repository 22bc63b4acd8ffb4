# A TypedDict class describes keys; calling it builds a plain dict.
from typing import TypedDict


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


m = Movie(title="X", year=1999)
print(m, type(m).__name__, type(m) is dict, m["year"])
print(Movie({"title": "Y", "year": 2000}), Partial(), Partial(rating=4.5))
m["year"] += 1
print(m, sorted(m), Movie.__total__, Partial.__total__)
movies = [Movie(title=t, year=y) for t, y in [("b", 2001), ("a", 1990)]]
print(sorted(movies, key=lambda d: d["year"]))
