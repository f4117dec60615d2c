// Uploads a product's EULA (PDF only) to POST /files/products/:productId/eula with progress.
import { useTRPC } from '@offerdesk/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ProgressBar } from '../../components/progress-bar';
import { UploadError, uploadFile } from '../../lib/upload-file';

export async function sendEula(productId: string, file: File, onProgress: (f: number) => void) {
  return uploadFile<{ eula: { fileName: string } }>({
    url: `/files/products/${productId}/eula`,
    file,
    onProgress,
  });
}

export function EulaUpload({ productId, current }: { productId: string; current: string | null }) {
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const upload = async (file: File) => {
    setError(null);
    setDone(null);
    setProgress(0);
    try {
      const result = await sendEula(productId, file, setProgress);
      setDone(`${result.eula.fileName} is now this product's EULA.`);
      void queryClient.invalidateQueries({ queryKey: trpc.isv.products.pathKey() });
    } catch (caught) {
      setError(caught instanceof UploadError ? caught.message : 'The upload failed.');
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="field">
      <p>
        {current
          ? `Current EULA: ${current}`
          : 'No EULA yet: resellers cannot be authorized until you upload one.'}
      </p>
      <label htmlFor={id}>{current ? 'Replace the EULA (PDF)' : 'Upload the EULA (PDF)'}</label>
      <input
        id={id}
        type="file"
        accept=".pdf,application/pdf"
        disabled={progress !== null}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void upload(file);
          event.target.value = '';
        }}
      />
      {progress !== null ? <ProgressBar fraction={progress} label="Uploading the EULA" /> : null}
      <p role="status" className="muted">
        {done ?? ''}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
