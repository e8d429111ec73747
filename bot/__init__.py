"""docbot's Discord layer and command line: thin adapters over `retrieval.service.AnswerService`."""
