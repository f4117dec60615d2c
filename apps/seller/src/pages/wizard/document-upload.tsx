// One file at a time to POST /files/offers/:id/documents, checked first with core's rules
// (name, size, count), with a progress bar while the body goes out.
import { additionalDocumentsIssues, uploadCandidateIssues } from '@offerdesk/core';
import { useId, useRef, useState } from 'react';
import { ProgressBar } from '../../components/progress-bar';
import { UploadError, uploadFile } from '../../lib/upload-file';

type Props = {
  offerId: string;
  count: number;
  onUploaded: () => void;
  serverError?: string | undefined;
};

export function DocumentUpload({ offerId, count, onUploaded, serverError }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const full = additionalDocumentsIssues(count + 1)[0]?.message;

  const upload = async (file: File) => {
    setError(null);
    setDone(null);
    const issue = uploadCandidateIssues({ name: file.name, sizeBytes: file.size })[0];
    if (issue) {
      setError(`${file.name}: ${issue.message}`);
      return;
    }
    setProgress({ name: file.name, fraction: 0 });
    try {
      await uploadFile({
        url: `/files/offers/${offerId}/documents`,
        file,
        onProgress: (fraction) => setProgress({ name: file.name, fraction }),
      });
      setDone(`${file.name} was added.`);
      onUploaded();
    } catch (caught) {
      const message = caught instanceof UploadError ? caught.message : 'The upload failed.';
      setError(`${file.name}: ${message}`);
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };

  const shownError = error ?? serverError;
  return (
    <div className="field upload">
      <label htmlFor={id}>Add a document (.pdf or .txt)</label>
      <input
        id={id}
        ref={input}
        type="file"
        accept=".pdf,.txt,application/pdf,text/plain"
        disabled={progress !== null || full !== undefined}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? `${id}-error` : full ? `${id}-full` : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void upload(file);
        }}
      />
      {full ? (
        <p id={`${id}-full`} className="field-hint">
          {full}; remove one to add another.
        </p>
      ) : null}
      {progress ? (
        <ProgressBar fraction={progress.fraction} label={`Uploading ${progress.name}`} />
      ) : null}
      <p role="status" className="muted">
        {progress ? `Uploading ${progress.name}…` : (done ?? '')}
      </p>
      {shownError ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {shownError}
        </p>
      ) : null}
    </div>
  );
}
