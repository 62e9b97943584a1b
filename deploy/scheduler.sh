#!/usr/bin/env bash
# The periodic work as Cloud Run jobs triggered by Cloud Scheduler (an example to adapt; docs/deploy.md):
#   mhealth-deliver    every 5 minutes   retry analytics and alert deliveries that failed earlier (the outbox)
#   mhealth-sweep      daily 03:30 KST   remove stored audio no check-in refers to (uploads cut short)
#   mhealth-retention  daily 04:00 KST   delete audio past MHEALTH_RETENTION_AUDIO_DAYS (and consent withdrawals)
# Until `mhealth worker` exists these jobs are the worker. Each run is one short process; a run that fails is
# retried at the next tick (and the outbox counts attempts).
#
#   PROJECT=my-project IMAGE=asia-northeast3-docker.pkg.dev/my-project/mhealth/mhealth:TAG \
#   BUCKET=my-bucket deploy/scheduler.sh
#
# Needs: the service accounts mhealth-jobs (runs the jobs) and mhealth-scheduler (only allowed to start them),
# the secrets and the Cloud SQL instance of docs/deploy.md.
set -euo pipefail
: "${PROJECT:?set PROJECT}" "${IMAGE:?set IMAGE}" "${BUCKET:?set BUCKET}"
REGION="${REGION:-asia-northeast3}"
INSTANCE="${INSTANCE:-$PROJECT:$REGION:mhealth-db}"
JOBS_SA="mhealth-jobs@$PROJECT.iam.gserviceaccount.com"
SCHEDULER_SA="mhealth-scheduler@$PROJECT.iam.gserviceaccount.com"

# the API's provider settings (deploy/service.yaml): the jobs build the same container and deliver to the same sinks
ENV_VARS="MHEALTH_SPEECH=google,MHEALTH_ANALYZER=gemini,MHEALTH_ANALYTICS=bigquery"
ENV_VARS+=",MHEALTH_BLOBS=gs://$BUCKET/recordings,MHEALTH_GOOGLE_PROJECT=$PROJECT,MHEALTH_GOOGLE_LOCATION=$REGION"
SECRETS="MHEALTH_DATABASE_URL=mhealth-database-url:latest,MHEALTH_PSEUDONYM_KEY=mhealth-pseudonym-key:latest"

job() {  # name, schedule (Asia/Seoul), then the mhealth arguments
  local name="$1" schedule="$2"
  shift 2
  local args
  args="$(IFS=,; echo "$*")"
  gcloud run jobs deploy "$name" --project="$PROJECT" --region="$REGION" --image="$IMAGE" \
    --command=mhealth --args="$args" \
    --service-account="$JOBS_SA" --set-cloudsql-instances="$INSTANCE" \
    --set-env-vars="$ENV_VARS" --set-secrets="$SECRETS" \
    --cpu=1 --memory=1Gi --max-retries=0 --task-timeout=15m
  # the scheduler's account may start this job and nothing else
  gcloud run jobs add-iam-policy-binding "$name" --project="$PROJECT" --region="$REGION" \
    --member="serviceAccount:$SCHEDULER_SA" --role=roles/run.invoker
  local uri="https://run.googleapis.com/v2/projects/$PROJECT/locations/$REGION/jobs/$name:run"
  local verb=create
  if gcloud scheduler jobs describe "$name" --project="$PROJECT" --location="$REGION" >/dev/null 2>&1; then
    verb=update
  fi
  gcloud scheduler jobs "$verb" http "$name" --project="$PROJECT" --location="$REGION" \
    --schedule="$schedule" --time-zone=Asia/Seoul --uri="$uri" --http-method=POST \
    --oauth-service-account-email="$SCHEDULER_SA"
}

job mhealth-deliver "*/5 * * * *" deliver
job mhealth-sweep "30 3 * * *" sweep
job mhealth-retention "0 4 * * *" retention run
