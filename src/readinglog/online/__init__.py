"""Everything that touches the network, only when the user asks (issue 15): one HTTP client
(http.py) with timeouts, size caps and the system proxy; book providers; covers; feeds.
Depends on core only; no Qt; never runs at start-up."""
