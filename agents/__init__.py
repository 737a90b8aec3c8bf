"""The agent roles and the LangGraph graph that runs them."""
