"""Reading organisation lists that people actually send, into plans the services can apply.

Nothing here touches the database or Qt: `plan.build_organisation_plan` turns a file into an
`OrganisationPlan` (rows, mapped fields, problems) that the import service commits in one
transaction.
"""
