from datetime import date, timedelta
from collections import defaultdict
import functools
@functools.total_ordering
class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
    def __eq__(self, o):
        return NotImplemented if not isinstance(o, Book) else self.isbn == o.isbn
    def __lt__(self, o):
        return (self.author, self.year) < (o.author, o.year)
    def __hash__(self): return hash(self.isbn)
    def __repr__(self): return f"Book({self.title!r}, {self.year})"
class LibraryError(Exception): pass
class NotAvailable(LibraryError): pass
class Library:
    LOAN = timedelta(days=14)
    FINE_PER_DAY = 25
    def __init__(self):
        self.books, self.loans, self.history = {}, {}, defaultdict(list)
    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b
    def checkout(self, isbn, member, today):
        if isbn not in self.books:
            raise LibraryError(f"unknown isbn {isbn}")
        if isbn in self.loans:
            who, due = self.loans[isbn]
            raise NotAvailable(f"{self.books[isbn].title!r} is out with {who} until {due:%d %b}")
        due = today + self.LOAN
        self.loans[isbn] = (member, due)
        self.history[member].append(isbn)
        return due
    def checkin(self, isbn, today):
        member, due = self.loans.pop(isbn)
        late = (today - due).days
        return member, max(0, late) * self.FINE_PER_DAY
lib = Library()
lib.add(Book("1", "Dune", "Herbert", 1965), Book("2", "Emma", "Austen", 1815), Book("3", "Persuasion", "Austen", 1817))
d0 = date(2024, 2, 20)
events = [("out", "1", "ann", 0), ("out", "1", "bob", 1), ("out", "2", "bob", 2), ("in", "1", None, 20), ("out", "9", "cy", 3), ("in", "2", None, 10), ("out", "1", "bob", 21)]
for kind, isbn, member, day in events:
    today = d0 + timedelta(days=day)
    try:
        if kind == "out":
            print(f"{today}: {member} borrows {isbn}, due {lib.checkout(isbn, member, today):%Y-%m-%d (%a)}")
        else:
            who, fine = lib.checkin(isbn, today)
            print(f"{today}: {who} returns {isbn}, fine ${fine / 100:.2f}")
    except NotAvailable as e:
        print("not available:", e)
    except LibraryError as e:
        print("error:", e)
print(sorted(lib.books.values()), max(lib.books.values()), dict(lib.history))
print(Book("1", "x", "y", 1) == lib.books["1"], Book("1", "", "", 0) in set(lib.books.values()), lib.books["2"] <= lib.books["3"])
