"""Running copydesk over many inputs: shards, steps, engines, and the final merge.

`local.py` is the place to start: it shows the whole job on one machine.
"""
