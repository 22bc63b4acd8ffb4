class Team:
    def __init__(self, name, members):
        self.name = name
        self.members = members


class League:
    def __init__(self):
        self.teams = {}

    def add(self, team):
        self.teams[team.name] = team


league = League()
league.add(Team("red", [{"name": "ann", "stats": {"goals": 3}}]))
league.add(Team("blue", [{"name": "bob", "stats": {}}]))
print(league.teams["red"].members[0]["stats"]["goals"])
print(league.teams["blue"].members[0]["stats"]["goals"])
