# TypedDict class syntax: instances are dicts; keys metadata.
from typing import TypedDict
class Movie(TypedDict):
    name: str
    year: int
m: Movie = {"name": "Up", "year": 2009}
print(m, type(m).__name__)
m2 = Movie(name="Cars", year=2006)
print(m2, type(m2) is dict)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(Movie.__annotations__)
class Partial(TypedDict, total=False):
    rating: float
print(sorted(Partial.__optional_keys__), Partial.__total__)
class Ext(Movie, total=False):
    studio: str
print(sorted(Ext.__required_keys__), sorted(Ext.__optional_keys__))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError", e)
