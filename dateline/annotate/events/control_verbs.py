"""Verbs that say who does their infinitive: their object, or their subject."""

# Verbs that make their object do what their infinitive says, however the parse hangs it
# ("led a judge to dismiss the claims"); after any other verb the infinitive is a purpose,
# its doer the subject ("visited the SEC to press for change").
CAUSATIVES = frozenset({"lead", "cause", "prompt", "push", "drive", "force", "compel", "get",
                        "encourage", "inspire", "spur", "move", "induce", "persuade", "urge",
                        "ask", "tell", "allow", "enable", "help", "invite", "pressure",
                        "pressurize", "pressurise", "convince", "order", "require", "permit",
                        "authorize", "authorise", "call", "warn", "advise", "remind", "press",
                        "want", "expect", "need", "train", "recruit", "appoint", "elect",
                        "instruct", "direct", "beg", "implore", "challenge", "dare", "entice",
                        "mobilize", "mobilise", "send", "deploy", "hire", "empower"})
# Verbs whose infinitive's doer is their subject even with an object: "promised Kyiv to send";
# an order's giver answers for it ("ordered the paper to suspend publication").
SUBJECT_CONTROL = frozenset({"promise", "threaten", "vow", "order", "command", "force", "compel",
                             "direct", "instruct"})
