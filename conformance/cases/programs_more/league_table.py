class Team:
    def __init__(self, name):
        self.name = name
        self.played = self.won = self.drawn = self.lost = 0
        self.gf = self.ga = 0
        self.form = []

    @property
    def points(self):
        return 3 * self.won + self.drawn

    @property
    def gd(self):
        return self.gf - self.ga

    def record(self, scored, conceded):
        self.played += 1
        self.gf += scored
        self.ga += conceded
        if scored > conceded:
            self.won += 1
            self.form.append("W")
        elif scored == conceded:
            self.drawn += 1
            self.form.append("D")
        else:
            self.lost += 1
            self.form.append("L")

    def sort_key(self):
        return (-self.points, -self.gd, -self.gf, self.name)

    def __lt__(self, other):
        return self.sort_key() < other.sort_key()


class League:
    def __init__(self, names):
        self.teams = {n: Team(n) for n in names}
        self.results = []

    def play(self, line):
        left, right = line.split(" - ")
        *hname, hs = left.split()
        as_, *aname = right.split()
        home, away = " ".join(hname), " ".join(aname)
        hs, as_ = int(hs), int(as_)
        if home == away:
            raise ValueError(f"{home} cannot play itself")
        for n in (home, away):
            if n not in self.teams:
                raise KeyError(n)
        self.teams[home].record(hs, as_)
        self.teams[away].record(as_, hs)
        self.results.append((home, hs, as_, away))

    def table(self):
        rows = sorted(self.teams.values())
        out = [f"{'#':>2} {'Team':<14}{'P':>3}{'W':>3}{'D':>3}{'L':>3}{'GF':>4}{'GA':>4}{'GD':>5}{'Pts':>5}  Form"]
        for i, t in enumerate(rows, 1):
            out.append(f"{i:>2} {t.name:<14}{t.played:>3}{t.won:>3}{t.drawn:>3}{t.lost:>3}"
                       f"{t.gf:>4}{t.ga:>4}{t.gd:>+5}{t.points:>5}  {''.join(t.form[-3:])}")
        return "\n".join(out)


lg = League(["Rovers", "City", "Athletic", "Real Madrid", "United"])
games = """Rovers 2 - 1 City
Athletic 0 - 0 United
Real Madrid 3 - 3 Rovers
City 4 - 0 Athletic
United 1 - 2 Real Madrid
Rovers 1 - 0 Athletic
City 2 - 2 United
Athletic 5 - 1 Real Madrid
United 0 - 3 Rovers
Real Madrid 1 - 1 City
City 2 - 2 City
Rovers 1 - 1 Wanderers"""
for line in games.splitlines():
    try:
        lg.play(line)
    except ValueError as e:
        print("ValueError", e)
    except KeyError as e:
        print("KeyError", e)
print(lg.table())
top_scorer = max(lg.teams.values(), key=lambda t: (t.gf, t.name))
print("most goals:", top_scorer.name, top_scorer.gf)
print("biggest win:", max(lg.results, key=lambda r: (abs(r[1] - r[2]), r[0])))
print("total goals:", sum(h + a for _, h, a, _ in lg.results), "in", len(lg.results), "games")
